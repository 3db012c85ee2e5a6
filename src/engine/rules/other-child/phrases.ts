export * from "../../people/phrases";
