// What the pane shows only after a request: one chunk, fetched right after the pane is usable.
export { FormProblem } from '../../shared/form/FormProblem';
export { PendingLogNotice } from './PendingLogNotice';
export { RemoteProblem } from './RemoteProblem';
