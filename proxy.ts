import { withAuth } from "next-auth/middleware";

// Convenience only: sends signed-out visitors of the editing pages to the sign-in page.
// The security boundary is the permission check in every action, route handler and query.
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/areas/:code/entry", "/areas/:code/targets", "/admin/:path*"],
};
