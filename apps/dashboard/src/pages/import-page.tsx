import { ImportWorkbench } from '../modules/import/components/import-workbench';

export const ImportPage = () => <ImportWorkbench />;

export default ImportPage;
