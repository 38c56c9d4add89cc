import MailChecker from "mailchecker";

/**
 * True for addresses at throwaway-mail domains (mailinator.com, 10minutemail.com, …), from the
 * maintained mailchecker list (~56,000 domains), or for addresses that are not well formed.
 */
export function isDisposableEmail(email: string): boolean {
  return !MailChecker.isValid(email);
}
