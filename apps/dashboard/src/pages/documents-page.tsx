import { ComingSoon } from '../modules/app-frame/components/coming-soon';

export const DocumentsPage = () => (
  <ComingSoon titleKey="nav.documents" descriptionKey="comingSoon.documents" />
);

export default DocumentsPage;
