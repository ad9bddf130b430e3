import { useEffect, useState } from 'react';
import { fetchScan } from '../utils/scan-files';

type ScanPreview = {
  objectUrl: string | null;
  contentType: string | null;
  loading: boolean;
  failed: boolean;
};

/** A blob: URL for a stored scan while the preview is open; released when it closes. */
export const useScanPreview = (url: string | null): ScanPreview => {
  const [state, setState] = useState<ScanPreview>({
    objectUrl: null,
    contentType: null,
    loading: false,
    failed: false,
  });

  useEffect(() => {
    if (!url) return;
    let objectUrl: string | null = null;
    let cancelled = false;
    setState({ objectUrl: null, contentType: null, loading: true, failed: false });
    fetchScan(url)
      .then((blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ objectUrl, contentType: blob.type, loading: false, failed: false });
      })
      .catch(() => {
        if (!cancelled)
          setState({ objectUrl: null, contentType: null, loading: false, failed: true });
      });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);

  return state;
};
