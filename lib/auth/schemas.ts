import { z } from "zod";

export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .min(1, "validation.emailRequired")
    .max(320, "validation.tooLong")
    .pipe(z.email("validation.email")),
  password: z.string().min(1, "validation.passwordRequired").max(512, "validation.tooLong"),
  callbackUrl: z.string().optional(),
});
export type TSignIn = z.infer<typeof ZSignIn>;
