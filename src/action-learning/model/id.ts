import { z } from 'zod';

/** An identifier of a member, meeting, rule or action: 1 to 200 characters, trimmed. */
export const Id = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
