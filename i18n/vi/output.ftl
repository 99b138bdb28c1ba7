# Ghi tệp kết quả (--out).
output-input-in-directory = từ chối ghi { $path }: đây là tệp đầu vào, hoặc sẽ bị đọc như tệp đầu vào, trong thư mục đầu vào { $directory }; chọn --out khác
output-is-input = từ chối ghi { $path }: đây là tệp đầu vào; chọn --out khác
output-symlink-loop = từ chối ghi { $path }: chuỗi liên kết tượng trưng quá dài hoặc vòng lặp
output-not-a-file = từ chối ghi { $path }: đó không phải tệp thông thường (thư mục, thiết bị, FIFO hoặc socket); chọn --out khác
output-holds-evidence = từ chối ghi { $path }: tệp đang chứa số liệu minh chứng đã điền; chọn --out khác (par-score không bao giờ ghi đè số liệu)
output-exists = từ chối ghi { $path }: tệp đã có; thêm --force để thay tệp này, hoặc chọn --out khác
