// One page per operation's request, chosen by the address's hash (`#/aws.events.CreateConnection`).
import index from "@connschema/schemas/index.json";
import { init } from "@connschema/validator";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { OperationPage } from "./OperationPage.jsx";

function useHash() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return hash;
}

function App() {
  const hash = useHash();
  const id = decodeURIComponent(hash.replace(/^#\/?/, ""));
  const operation = index.operations.find((op) => op.id === id) ?? index.operations[0];
  return (
    <>
      <nav>
        {index.operations.map((op) => (
          <a key={op.id} href={`#/${op.id}`} aria-current={op.id === operation.id ? "page" : undefined}>
            {op.id}
          </a>
        ))}
      </nav>
      <OperationPage key={operation.id} operation={operation} />
    </>
  );
}

await init();
createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
