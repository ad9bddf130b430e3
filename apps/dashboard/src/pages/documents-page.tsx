import { DocumentsList } from '../modules/documents/components/documents-list';

export const DocumentsPage = () => <DocumentsList />;

export default DocumentsPage;
