/** The folder of main's log, for "Open logs folder" in Settings. */
export interface LogsFolder {
  path: string
  /** Shows it in the system's file manager; answers '' when it did, or why it could not. */
  open(): Promise<string>
}
