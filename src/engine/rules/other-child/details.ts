export * from "../../people/details";
