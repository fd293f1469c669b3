/** A meeting length for prose: "45 minutes", "1 hour", "90 minutes", "half a day" (4 hours), "3 hours". */
export function formatMinutes(minutes: number): string {
  if (minutes === 240) return 'half a day';
  if (minutes === 60) return '1 hour';
  if (minutes > 90 && minutes % 60 === 0) return `${minutes / 60} hours`;
  return `${minutes} minutes`;
}
