import { Route, Routes } from 'react-router';
import { DocumentsList } from '../modules/documents/components/documents-list';
import { DocumentsTabs } from '../modules/guest-links/components/documents-tabs';
import { ReviewQueue } from '../modules/guest-links/components/review-queue';

export const DocumentsPage = () => (
  <>
    <DocumentsTabs />
    <Routes>
      <Route index element={<DocumentsList />} />
      <Route path="review" element={<ReviewQueue />} />
    </Routes>
  </>
);

export default DocumentsPage;
