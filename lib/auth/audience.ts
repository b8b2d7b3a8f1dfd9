import "server-only";
import { audienceOfReader, type Audience } from "@/lib/services/audience";
import { getCurrentUser } from "./session";

/** The audience of the person asking (a page's or a route's request): public or full (lib/domain/audience.ts). */
export async function currentAudience(): Promise<Audience> {
  return audienceOfReader(await getCurrentUser());
}
