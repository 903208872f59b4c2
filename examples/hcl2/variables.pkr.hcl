variable "greeting" {
  type        = string
  default     = "Hello from Packer"
  description = "What the build writes into hello.txt."
}
