import { Route, Routes } from 'react-router';
import { EntitiesListView } from '../modules/entities/components/entities-list-view';
import { EntityView } from '../modules/entities/components/entity-view';

/** /entities (the portfolio) and /entities/:id (one seller entity). */
export const EntitiesPage = () => (
  <Routes>
    <Route index element={<EntitiesListView />} />
    <Route path=":id" element={<EntityView />} />
  </Routes>
);

export default EntitiesPage;
