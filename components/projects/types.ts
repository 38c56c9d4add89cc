/** A project as `GET /projects` returns it (dates arrive as ISO strings). */
export type Project = {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type ProjectValues = { name: string; description: string };
