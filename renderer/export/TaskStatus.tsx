import type { TaskMessage } from './use-task';

/** The outcome of the last action, in a live region that is always there (so screen readers hear it change). */
export function TaskStatus({ message }: { message: TaskMessage }) {
  return (
    <div className="task-status" role="status" data-kind={message?.kind}>
      {message && (
        <>
          <p>{message.text}</p>
          {message.details && message.details.length > 0 && (
            <ul className="task-details">
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
