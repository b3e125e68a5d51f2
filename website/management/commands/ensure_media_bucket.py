"""Create the media bucket when object storage is configured and the bucket does not exist yet.

For local S3-compatible servers (the compose file's, the tests'); a real bucket is usually made, with
its policy, by whoever runs the infrastructure (README: "Uploads in production").
"""

import json

from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the S3 media bucket named by AWS_STORAGE_BUCKET_NAME if it is missing."

    def handle(self, *args, **options):
        storage = storages["default"]
        bucket_name = getattr(storage, "bucket_name", None)
        if not bucket_name:
            raise CommandError("Media are not in object storage: AWS_STORAGE_BUCKET_NAME is not set.")
        client = storage.connection.meta.client
        existing = {bucket["Name"] for bucket in client.list_buckets().get("Buckets", [])}
        if bucket_name in existing:
            self.stdout.write(f"Bucket {bucket_name} exists.")
        else:
            client.create_bucket(Bucket=bucket_name)
            self.stdout.write(f"Created bucket {bucket_name}.")
        client.put_bucket_policy(Bucket=bucket_name, Policy=json.dumps(public_images_policy(storage)))
        self.stdout.write("Images are public; documents are not.")


def public_images_policy(storage):
    """Anyone may read images and renditions; nothing else (documents go through Wagtail's view)."""
    location = f"{storage.location.strip('/')}/" if storage.location else ""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicImages",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{storage.bucket_name}/{location}images/*",
                    f"arn:aws:s3:::{storage.bucket_name}/{location}original_images/*",
                ],
            }
        ],
    }
