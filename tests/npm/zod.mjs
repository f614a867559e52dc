import { z } from 'zod';
const User = z.object({ name: z.string().min(2), age: z.number().int().nonnegative(), email: z.string().email().optional(), tags: z.array(z.string()).default([]) });
console.log(User.parse({ name: 'Ada', age: 36 }));
const result = User.safeParse({ name: 'A', age: -1, email: 'bad' });
console.log(result.success, result.error.issues.map((issue) => [issue.path.join('.'), issue.code]));
console.log(z.union([z.literal('a'), z.number()]).safeParse('b').success, z.enum(['x', 'y']).options);
