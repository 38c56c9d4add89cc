import { ImageResponse } from "next/og";
import { postBySlug, posts } from "@/lib/blog/posts";

/** Each post's link preview: its title and description on Keel's colours, drawn at build (next/og). */
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "A Keel blog post";

export function generateStaticParams() {
  return posts.map((post) => ({ slug: post.slug }));
}

export default async function PostImage({ params }: { params: Promise<{ slug: string }> }) {
  const post = postBySlug((await params).slug);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#09090b", color: "#fafafa" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#a1a1aa", letterSpacing: 1 }}>{"KEEL · BLOG"}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
          <div style={{ display: "flex", fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{post?.title ?? "Keel"}</div>
          <div style={{ display: "flex", fontSize: 30, color: "#a1a1aa", lineHeight: 1.4 }}>{post?.description ?? ""}</div>
        </div>
        <div style={{ display: "flex", fontSize: 26, color: "#a1a1aa" }}>{post ? `${post.author} · ${post.date.toISOString().slice(0, 10)}` : ""}</div>
      </div>
    ),
    size,
  );
}
