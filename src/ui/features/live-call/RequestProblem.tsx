import type { ApiProblem } from '../../../calls/errors';
import { ProblemMessage } from '../../shared/ProblemMessage';
import { Callout } from '../../shared/notices/Callout';

/** A failed end or wrap-up, said the way the forms say it; field problems are shown at their fields instead. */
export function RequestProblem({ problem, placed }: { problem: ApiProblem | null; placed: readonly string[] }) {
  if (problem === null) return null;
  const fields = problem.kind === 'invalid' ? Object.keys(problem.fields) : [];
  if (fields.length > 0 && fields.every((name) => placed.includes(name))) return null;
  return (
    <Callout type="error" role="alert">
      <ProblemMessage problem={problem} during="write" />
    </Callout>
  );
}
