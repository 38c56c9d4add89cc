import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { EmailFrame } from "@/lib/email/define";

// Inline styles, not classes: many mail clients strip <style> blocks.
const colors = { text: "#18181b", muted: "#52525b", border: "#e4e4e7", accent: "#18181b", page: "#f4f4f5" };
const font = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** The one frame every Keel email shares: product name, heading, body, footer, in the message's language. */
export function EmailLayout(props: { frame: EmailFrame; preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang={props.frame.locale} dir="ltr">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: colors.page, fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container
          style={{
            backgroundColor: "#ffffff",
            border: `1px solid ${colors.border}`,
            borderRadius: 8,
            maxWidth: 480,
            padding: "32px",
          }}
        >
          <Text style={{ color: colors.muted, fontSize: 14, fontWeight: 600, letterSpacing: 0.5, margin: 0 }}>Keel</Text>
          <Heading as="h1" style={{ color: colors.text, fontSize: 22, lineHeight: "30px", margin: "16px 0" }}>
            {props.heading}
          </Heading>
          {props.children}
          <Hr style={{ borderColor: colors.border, margin: "32px 0 16px" }} />
          <Text style={{ color: colors.muted, fontSize: 12, lineHeight: "18px", margin: 0 }}>
            {props.frame.footer}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph of body copy. */
export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ color: colors.text, fontSize: 16, lineHeight: "24px", margin: "0 0 16px" }}>{children}</Text>;
}

/**
 * The call to action, followed by the raw link: buttons can be blocked or unreadable to some
 * clients and screen readers, a plain URL always works.
 */
export function ActionButton({ frame, href, label }: { frame: EmailFrame; href: string; label: string }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button
        href={href}
        style={{
          backgroundColor: colors.accent,
          borderRadius: 6,
          color: "#ffffff",
          display: "inline-block",
          fontSize: 16,
          fontWeight: 600,
          padding: "12px 20px",
          textDecoration: "none",
        }}
      >
        {label}
      </Button>
      <Text style={{ color: colors.muted, fontSize: 13, lineHeight: "20px", margin: "16px 0 0" }}>
        {frame.orOpenLink}{" "}
        <Link href={href} style={{ color: colors.accent, wordBreak: "break-all" }}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}
