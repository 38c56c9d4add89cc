import { NotFoundView } from "@/components/site/not-found-view";

export default NotFoundView;
