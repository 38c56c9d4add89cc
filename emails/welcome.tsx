import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type WelcomeProps = { name: string; dashboardUrl: string };

export const welcomeSubject = () => "Welcome to Keel";

export default function Welcome({ name, dashboardUrl }: WelcomeProps) {
  return (
    <EmailLayout preview="Your Keel account is ready." heading={`Welcome, ${name}`}>
      <Paragraph>Your account is ready. Your dashboard is the place to start: invite your team, create a project and find your API keys there.</Paragraph>
      <ActionButton href={dashboardUrl} label="Open your dashboard" />
    </EmailLayout>
  );
}

Welcome.PreviewProps = { name: "Ada", dashboardUrl: "http://localhost:3000/dashboard" } satisfies WelcomeProps;
