/** The console's name in traces: the tracer's and the HTTP spans' service. */
export const SERVICE_NAME = 'codecommit-console';
