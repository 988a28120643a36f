export interface ProblemAlertProps {
  title: string
  detail: string
}

/** A problem the desk must know about now (announced immediately by screen readers). */
export function ProblemAlert({ title, detail }: ProblemAlertProps) {
  return (
    <div role="alert" className="problem">
      <strong className="problem__title">{title}</strong>
      <p className="problem__detail">{detail}</p>
    </div>
  )
}
