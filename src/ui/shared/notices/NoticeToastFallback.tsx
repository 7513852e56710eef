import { Button } from '@zendeskgarden/react-buttons';
import { Row } from '../layout';
import { CalloutFallback } from './CalloutFallback';
import type { NoticeToastProps } from './LazyNoticeToast';

/** The announcement when Garden's notification could not load (the network is down): same words, same way out. */
export function NoticeToastFallback({ notice, dismissLabel, onDismiss }: NoticeToastProps) {
  return (
    <CalloutFallback type={notice.type} role={notice.type === 'error' ? 'alert' : undefined}>
      <Row $gap="sm">
        <span>{notice.text}</span>
        <Button size="small" isBasic onClick={onDismiss}>
          {dismissLabel}
        </Button>
      </Row>
    </CalloutFallback>
  );
}
