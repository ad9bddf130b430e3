import { Route, Routes } from 'react-router';
import { CaseWorkspace } from '../modules/cases/components/case-workspace';
import { CasesList } from '../modules/cases/components/cases-list';

/** /cases lists the cases; /cases/:id is one case's workspace. */
export const CasesPage = () => (
  <Routes>
    <Route index element={<CasesList />} />
    <Route path=":id" element={<CaseWorkspace />} />
  </Routes>
);

export default CasesPage;
