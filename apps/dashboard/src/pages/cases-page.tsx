import { ComingSoon } from '../modules/app-frame/components/coming-soon';

export const CasesPage = () => (
  <ComingSoon titleKey="nav.cases" descriptionKey="comingSoon.cases" />
);

export default CasesPage;
