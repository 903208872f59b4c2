build {
  sources = ["source.null.example"]

  provisioner "shell-local" {
    inline = ["echo '${var.greeting}' > hello.txt"]
  }
}
