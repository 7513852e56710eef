import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { invalidDetailsOf } from '../../../calls/errorDetails';
import { problemOfResponse } from '../../../calls/errors';
import { renderWithSession } from '../../../test/renderWithSession';
import { FormProblem } from './FormProblem';

describe('FormProblem', () => {
  it('shows a 422 message about the whole record (base) as Zendesk wrote it, without a field name', async () => {
    const problem = problemOfResponse(
      {
        status: 422,
        headers: {},
        body: { error: null, details: { base: [{ description: 'Talk Partner Edition is not enabled' }] } },
      },
      invalidDetailsOf,
    );
    renderWithSession(<FormProblem submitProblem={{ problem, unplaced: {}, retryAt: null }} secondsToWait={0} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Talk Partner Edition is not enabled');
    expect(screen.queryByText(/base:/)).not.toBeInTheDocument();
  });

  it('counts down a 503’s Retry-After as it does a 429’s', () => {
    const problem = problemOfResponse({ status: 503, headers: { 'retry-after': '20' }, body: null });
    renderWithSession(<FormProblem submitProblem={{ problem, unplaced: {}, retryAt: null }} secondsToWait={12} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Zendesk is unavailable for a moment (error 503). Your entries are kept; try again in 12 seconds.',
    );
  });
});
