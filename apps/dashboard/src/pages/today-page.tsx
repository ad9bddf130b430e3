import { ComingSoon } from '../modules/app-frame/components/coming-soon';

export const TodayPage = () => (
  <ComingSoon titleKey="nav.today" descriptionKey="comingSoon.today" />
);

export default TodayPage;
