// Text files bundled as strings by webpack (asset/source): the sample court report for the browser demo.
declare module "*.txt" {
  const text: string;
  export default text;
}
