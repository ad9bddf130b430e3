import { Alert } from 'antd';

/** The one alert a form shows for errors no field can carry; screen readers announce it. */
export const FormErrorAlert = ({ error }: { error: string | null }) =>
  error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null;
