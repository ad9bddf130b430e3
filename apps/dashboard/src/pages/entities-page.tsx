import { ComingSoon } from '../modules/app-frame/components/coming-soon';

export const EntitiesPage = () => (
  <ComingSoon titleKey="nav.entities" descriptionKey="comingSoon.entities" />
);

export default EntitiesPage;
