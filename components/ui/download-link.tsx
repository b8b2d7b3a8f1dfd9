import type { ReactNode } from "react";
import { Button } from "./button";

/** A file to download, drawn as a small secondary button. */
export function DownloadLink({ href, testId, children }: { href: string; testId: string; children: ReactNode }) {
  return (
    <Button asChild variant="secondary" size="sm">
      <a href={href} download data-testid={testId}>
        {children}
      </a>
    </Button>
  );
}
