import { ComingSoon } from '../modules/app-frame/components/coming-soon';

export const ImportPage = () => (
  <ComingSoon titleKey="nav.import" descriptionKey="comingSoon.import" />
);

export default ImportPage;
