import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ApiState<T> {
  data: T | undefined;
  error: string | undefined;
  isLoading: boolean;
  reload: () => void;
}

/** Message of a Strapi API error (`error.message` of the response body), or of anything else thrown. */
export const apiErrorMessage = (error: unknown): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
};

/** GETs `url` (an admin route) whenever it changes; `reload()` fetches it again. */
export const useApi = <T>(url: string | null): ApiState<T> => {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ data?: T; error?: string; isLoading: boolean }>({ isLoading: url !== null });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (url === null) return;
    const call = ++latest.current;
    setState((previous) => ({ ...previous, isLoading: true, error: undefined }));
    get<T>(url)
      .then((response) => {
        if (call === latest.current) setState({ data: response.data, isLoading: false });
      })
      .catch((error: unknown) => {
        if (call === latest.current) setState({ error: apiErrorMessage(error), isLoading: false });
      });
  }, [url, tick, get]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data: state.data, error: state.error, isLoading: state.isLoading, reload };
};
