import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: number; name?: string | null; email?: string | null };
    /** The id of this session's row (user_sessions): a password change keeps this one and ends the others. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    sid: string;
    /** When the password was checked (ms): the absolute lifetime counts from here. */
    authTime: number;
  }
}
