# The null builder starts no machine: the provisioners below run on this computer only, so the
# build needs no cloud account. Swap in an amazon-ebs source to build a real image.
source "null" "example" {
  communicator = "none"
}
