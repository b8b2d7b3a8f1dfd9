import { isServer, QueryClient } from "@tanstack/react-query";

// One way to make the query client: per request on the server, one per tab in the browser.
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Data prefetched on the server is fresh for a minute: no refetch straight after hydration.
      queries: { staleTime: 60_000, refetchOnWindowFocus: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}
