import { notFound } from "next/navigation";

// Unknown paths under a language render that language's 404 page inside the site layout.
export default function CatchAll() {
  notFound();
}
