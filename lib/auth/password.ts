import bcrypt from "bcryptjs";

// bcryptjs: pure JavaScript, so no second native module to compile on install.
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
