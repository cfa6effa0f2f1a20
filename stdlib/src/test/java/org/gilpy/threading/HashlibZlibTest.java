package org.gilpy.threading;

import org.junit.jupiter.api.Test;

/**
 * hashlib (every algorithm, BLAKE2 parameters, PBKDF2), hmac and zlib, byte for byte.
 * Each program's expected output is what CPython 3.11 prints for it.
 */
class HashlibZlibTest {
    @Test
    void everyAlgorithmAgainstCPython() {
        PyRun.expect("""
                import hashlib
                msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3, b"x" * 127, b"x" * 128, b"x" * 129, b"y" * 5000]
                for name in sorted(hashlib.algorithms_guaranteed) + ["sha512_224", "sha512_256"]:
                    for m in msgs:
                        h = hashlib.new(name, m)
                        out = h.hexdigest(40) if name.startswith("shake") else h.hexdigest()
                        print(name, len(m), out, h.digest_size, h.block_size, h.name)
                for kw in [dict(digest_size=16), dict(key=b"secret"), dict(key=b"k" * 64), dict(salt=b"salt", person=b"me"), dict(fanout=2, depth=3, leaf_size=100, node_offset=7, node_depth=1, inner_size=32, last_node=True)]:
                    for m in msgs[:4]:
                        print("b", kw, hashlib.blake2b(m, **kw).hexdigest())
                        kw2 = dict(kw)
                        if "key" in kw2: kw2["key"] = kw2["key"][:32]
                        if "inner_size" in kw2: kw2["inner_size"] = 16
                        print("s", kw2, hashlib.blake2s(m, **kw2).hexdigest())
                h = hashlib.sha256(); h.update(b"hello "); c = h.copy(); h.update(b"world"); print(h.hexdigest(), c.hexdigest())
                # streaming in odd chunk sizes must match one-shot
                data = bytes((i * 7919 + 13) % 256 for i in range(3000))
                for name in ["blake2b", "blake2s", "shake_128", "sha3_256", "md5"]:
                    h = hashlib.new(name)
                    i = 0
                    for step in [1, 63, 64, 65, 127, 128, 129, 200, 1000, 2000]:
                        h.update(data[i:i+step]); i += step
                    h.update(data[i:])
                    one = hashlib.new(name, data)
                    a = h.hexdigest(33) if name.startswith("shake") else h.hexdigest()
                    b = one.hexdigest(33) if name.startswith("shake") else one.hexdigest()
                    print(name, a == b, a[:20])
                print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
                print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 50).hex())
                print(hashlib.pbkdf2_hmac("blake2b", b"p" * 200, b"salt", 3).hex())
                print(hashlib.shake_256(b"x").hexdigest(300)[-20:])
                for bad in [lambda: hashlib.md5("x"), lambda: hashlib.md5(1), lambda: hashlib.new("foo"), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33), lambda: hashlib.shake_128().digest(), lambda: hashlib.pbkdf2_hmac("sha1", b"", b"", 0)]:
                    try:
                        bad()
                    except Exception as e:
                        print(type(e).__name__, e)
                import io
                print(hashlib.file_digest(io.BytesIO(data), "sha256").hexdigest() == hashlib.sha256(data).hexdigest())
                """, """
                blake2b 0 786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce 64 128 blake2b
                blake2b 3 ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923 64 128 blake2b
                blake2b 43 a8add4bdddfd93e4877d2746e62817b116364a1fa7bc148d95090bc7333b3673f82401cf7aa2e4cb1ecd90296e3f14cb5413f8ed77be73045b13914cdcd6a918 64 128 blake2b
                blake2b 768 323e97a7a859ee63c9013debb0ca995811e73117a2f574723416e596ebc184e37a59b66d2f597df4a7c1b0d1d41a1a7f28774f46a6864d56c57b9d6c5f7302fb 64 128 blake2b
                blake2b 127 acc1cd9ebcd76c8f0e9afcfe2e2479a1ab53ad0d02c8ebd767fd1e26c5cf96767c81077e5edd55f3fd8709dea6849b9792c8c19813f5ae6de9ac4d3a5efad515 64 128 blake2b
                blake2b 128 082b91ea2e15d1556d2ceefdd5af5d64d31b4e01aff1959724578876293825b236ee8079173a0a38160d7d6685d6bca0bfb62c177b3599b8727d9173e2115b91 64 128 blake2b
                blake2b 129 362a53bbe2ec08097b2f358a41d0e153aeed4c132af928400872413650e7bf22f9ae428ff73770170bbd95f935e5dd1953c17de8c7264c72d1f99303bf22dfaa 64 128 blake2b
                blake2b 5000 e9d6369f62727f59d94c71258a15621c7e2b01a3d7ca3d51261c126da9736408dde1f5036a6a897dc5f375a9bbab7d3396345336919ad9395f9ac54db0caeca9 64 128 blake2b
                blake2s 0 69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9 32 64 blake2s
                blake2s 3 508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982 32 64 blake2s
                blake2s 43 606beeec743ccbeff6cbcdf5d5302aa855c256c29b88c8ed331ea1a6bf3c8812 32 64 blake2s
                blake2s 768 b928a17862e211e99759ba8819280803a914cd3dee7c5d711a3b5185aa96a7b3 32 64 blake2s
                blake2s 127 91c4b2c45a1ae44067382550f189e7983ac770b0ad06430657b776261e6fe8b6 32 64 blake2s
                blake2s 128 0b81df8f2e8616dc992bff767a30f204a479af922fcb6bcd0a4bebeead30ab06 32 64 blake2s
                blake2s 129 8649145538784833c3d83f5d9dd936519c0e6804dc2adbdddb020143244a33f6 32 64 blake2s
                blake2s 5000 7ffc7b57ff79a0c77b5c5e5812305e1761702ca5f33c7cc725a6d15df142c4c8 32 64 blake2s
                md5 0 d41d8cd98f00b204e9800998ecf8427e 16 64 md5
                md5 3 900150983cd24fb0d6963f7d28e17f72 16 64 md5
                md5 43 9e107d9d372bb6826bd81d3542a419d6 16 64 md5
                md5 768 e6899eaaf06fd702f3ed3f988eb19362 16 64 md5
                md5 127 a0b28c1da68705c2ff883fe279b72753 16 64 md5
                md5 128 d69cb61a6ee87200676eb0d4b90edbcb 16 64 md5
                md5 129 3926841d393c00c3f36260e5ace10dc1 16 64 md5
                md5 5000 a1afb2336d5b67da1f874c942dcf58f3 16 64 md5
                sha1 0 da39a3ee5e6b4b0d3255bfef95601890afd80709 20 64 sha1
                sha1 3 a9993e364706816aba3e25717850c26c9cd0d89d 20 64 sha1
                sha1 43 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 20 64 sha1
                sha1 768 ac2a264c8ec1f4232a40854e8239bc3a697ab1d2 20 64 sha1
                sha1 127 e463484d274607e1897d4099497cbf2aedcf8206 20 64 sha1
                sha1 128 150fa3fbdc899bd0b8f95a9fb6027f564d953762 20 64 sha1
                sha1 129 2699b675922cc84a9b0dfd926eb7f8211c78693d 20 64 sha1
                sha1 5000 359a45fba92f2291927eb6bdc903a187dc5da9fb 20 64 sha1
                sha224 0 d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f 28 64 sha224
                sha224 3 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7 28 64 sha224
                sha224 43 730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525 28 64 sha224
                sha224 768 591b51555cc8c83f6951d9ec73d834d6d17865fecdb543605471a562 28 64 sha224
                sha224 127 a5ffb9e121706a2be6dbf15016a927bae8c40aec062589112213b6e4 28 64 sha224
                sha224 128 4328cf4d227d10ab6dab5f02c7905cd583b2fcaf0be9a7ab9da5c692 28 64 sha224
                sha224 129 9290ef1b38c2e3cdffad69ab99e6142e4a7d10f10f2b40604cc2f77c 28 64 sha224
                sha224 5000 25311d39a7fc4d649ac359fa36539b19a3f03baf08dae31252ff12b6 28 64 sha224
                sha256 0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 32 64 sha256
                sha256 3 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 32 64 sha256
                sha256 43 d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592 32 64 sha256
                sha256 768 f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363 32 64 sha256
                sha256 127 70156a14adbabf98cff3a71c7084b417abf057a8efd27329ca36b7202c87d81f 32 64 sha256
                sha256 128 24da1b81d0b16df6428eee73c69fcb2a93c76bc6df706f0c6670fe6bfe800464 32 64 sha256
                sha256 129 0ec9eb33e74510bcdd1f2ea55206e82f21649c5c2becbf2b433eb475b34c01bd 32 64 sha256
                sha256 5000 3c45db29c8ef328025296a2b8b1db1afe7229eedd84a62f5290a1f60c47c6ee6 32 64 sha256
                sha384 0 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b 48 128 sha384
                sha384 3 cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7 48 128 sha384
                sha384 43 ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1 48 128 sha384
                sha384 768 6bee04118003cf5630ccb22cdb53f78dc079231c7d09209955dfc34234cbab03d41da198e30bf1e77ef8b289ddd794ec 48 128 sha384
                sha384 127 7f90015607d4c124f9b89bea8aa5b246ebfc792cda7ddf8bd6dcf69f9ff8bbdccbcbb32cebaa0b03fc93f10b61bde2a5 48 128 sha384
                sha384 128 e660584956c8b1df44c92acb7c8eccfe0dca5255627c9fb44637c15363b772e5709edcf35b07bf43531951ab2fd51130 48 128 sha384
                sha384 129 550bbedde5970254cd884182ac59cb3d4269183d168a44c93bb7373880269fb3729d74fe39a372a9972f6abfa8f77f50 48 128 sha384
                sha384 5000 61ce2fa9219f6a28dc73d89f7b3fbd2c762b5c0e07f520a8e453ebf6cdf39d5bf57443aabc87169c143cdaa79a57747c 48 128 sha384
                sha3_224 0 6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7 28 144 sha3_224
                sha3_224 3 e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf 28 144 sha3_224
                sha3_224 43 d15dadceaa4d5d7bb3b48f446421d542e08ad8887305e28d58335795 28 144 sha3_224
                sha3_224 768 1e79576532395de20d67911b1f6b482bbcaaed8e6863d1e58082916e 28 144 sha3_224
                sha3_224 127 290c8bf4dccd5d232ef8c8f282ff2544b1e94b072200391474a147d0 28 144 sha3_224
                sha3_224 128 52dabf82d9725b34d33bddcb97c88a26593e7bfeaeee38473a1dddb0 28 144 sha3_224
                sha3_224 129 f1110f69682dc639f4eeefab6058794d734075810710844ff97dc2d3 28 144 sha3_224
                sha3_224 5000 202e8a1724e74dea81eac17687d5ec5dc64c970709114dbe3bfdadaf 28 144 sha3_224
                sha3_256 0 a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a 32 136 sha3_256
                sha3_256 3 3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532 32 136 sha3_256
                sha3_256 43 69070dda01975c8c120c3aada1b282394e7f032fa9cf32f4cb2259a0897dfc04 32 136 sha3_256
                sha3_256 768 c043b2b15d405c9f4cd92fdaef420eba6201d328fb34ec0e2c16e4981b9e4b39 32 136 sha3_256
                sha3_256 127 37b7567adb0f454cf7c305f1fb1e1c4f7248468e2c109a87ffa6d61ab107551e 32 136 sha3_256
                sha3_256 128 557d141a2a2b1e050e21fa79f5fd320b9e2b38454cf43810ecafc12e1d8ffbd6 32 136 sha3_256
                sha3_256 129 a6fac3456c7b007b3bbc49cf14c110efc057836b7cdddbc22737bee851eea86d 32 136 sha3_256
                sha3_256 5000 b0fc7afbe41c87653d43d9d758ce19012b45e5ebd3bba55aa2db9d9e3dc1dcee 32 136 sha3_256
                sha3_384 0 0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004 48 104 sha3_384
                sha3_384 3 ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25 48 104 sha3_384
                sha3_384 43 7063465e08a93bce31cd89d2e3ca8f602498696e253592ed26f07bf7e703cf328581e1471a7ba7ab119b1a9ebdf8be41 48 104 sha3_384
                sha3_384 768 1719287be5dd0ce14ac51bfdc22f8e1137a6951666b2d946cd0d031bb68bc3173ba0e202bc0e6202f5d337061c6ec21f 48 104 sha3_384
                sha3_384 127 76179db896d132734cc503b1ec663f3d561b9e30dbaa891ba775b57a371a4d330589d2947594a31802b8744581c8263c 48 104 sha3_384
                sha3_384 128 a5433d911cd9420017c5e479b30ab4bfa1d55a9566b48acd8c681db9c3a6a928ed556f4edbae3612026b1da3257e1481 48 104 sha3_384
                sha3_384 129 f88fb8ad0f6ef368abd0a467b5abf7a748418f822f60dadc05362624c3e04b824189a365eb37465547916781fabe4cd7 48 104 sha3_384
                sha3_384 5000 5141d9f80731b4e83fda0e9fa8f201d406bc5778767c490e6e12d4e075eebcb7f8769437e2233a802115322cdf8d5bf8 48 104 sha3_384
                sha3_512 0 a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26 64 72 sha3_512
                sha3_512 3 b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0 64 72 sha3_512
                sha3_512 43 01dedd5de4ef14642445ba5f5b97c15e47b9ad931326e4b0727cd94cefc44fff23f07bf543139939b49128caf436dc1bdee54fcb24023a08d9403f9b4bf0d450 64 72 sha3_512
                sha3_512 768 ad3a11a3430f0fac234a6c15bff0cb609b3d6fde0eac5873893e2775d15cf47d6791b4db907361c53719da248a7662f759b3f6c7ffb4fe69492a9449728cdad7 64 72 sha3_512
                sha3_512 127 f641eea8796ab57852ea0a37875e5cfffae6c5ead94d85d576cbd9f58e21db9d7188b7ba68e7b087fe544206b58ff367296a323f580967e8dce4108fc42396fe 64 72 sha3_512
                sha3_512 128 8c8a5e194222c7844d96865722cc36c76092ce8d3de53e9a2ccc19884be3fa7514570377c3e37ef625f9b0a580b231637524c131e545b2dcbe3bcd273e8e39e2 64 72 sha3_512
                sha3_512 129 6df264f091baed2339f94d1588e22bf9dc0a992e70d6b6b8875823e1521f44477de047570e74ce665fe1b17aa35e3ce9b990beb893ae5c9ba35793df1c8b2c4d 64 72 sha3_512
                sha3_512 5000 6b4ac0c02cd202ea4911942499a65a1a5cd75bf373ad80c22de3804a515a331916d839bdf77f46e854201bdda2056fb0a8042ec6d44d5c973da6d737c0606c05 64 72 sha3_512
                sha512 0 cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e 64 128 sha512
                sha512 3 ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f 64 128 sha512
                sha512 43 07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6 64 128 sha512
                sha512 768 f1721f49518ee462a3d81def26d81037cd474b4254b85ad7c8f1509594d0177bbb996ee9625813852bacac108c2a72c83a8587050fec1dcda64730d6470953e6 64 128 sha512
                sha512 127 1d5a8893e7b7ed83d485d26f88cfb846f3760279916976fe538e539fc16f7cd19ba3e1c2cd5fda78749a74205755cdf694e8fa90b2bfed8815f406af76c1d7bf 64 128 sha512
                sha512 128 e2e22f8422b54b06e35c3ea30a383d1de7a8fbc27992923074103117020d8dd7024c3ecf7d6d1a15a6de5a75ff32fb486b9e8ced4c02ffe05822bf2cb734d0e0 64 128 sha512
                sha512 129 19015483ea99fa74728fd7b13adba6b729cfa4ab7c388573efa2641d2af0577f24dd51acbaeec41a7a11d10f6c4e68a3b90e7b2348c678486a4365c9d9101cdd 64 128 sha512
                sha512 5000 a4bdcd7178b028e2cd19163b6c7a934ee2bda7c5f1b7e449f0024410b66585faedfa484e80eeaa6d8c9e0aaea0b0beaefd6cf1fde7aba0edebdad7cc1a2f1574 64 128 sha512
                shake_128 0 7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef263cb1eea988004b93 0 168 shake_128
                shake_128 3 5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc844c50af32acd3f2c 0 168 shake_128
                shake_128 43 f4202e3c5852f9182a0430fd8144f0a74b95e7417ecae17db0f8cfeed0e3e66eb5585ec6f86021ca 0 168 shake_128
                shake_128 768 92b62d6682dda8ef27e599c00ce6fcd070dafa726908c07bf6c361ab7be2149ff7b03259d2a42cd3 0 168 shake_128
                shake_128 127 17482a85137f79385201fb7d46b0e72aa501db20470cd552824dd83163b9febdc46370e70a81f765 0 168 shake_128
                shake_128 128 1f03d35a28aae80c9df3d50252366b2e7e51ad46e544600b65d04a9c7d39d964e22bb98c8245aaf8 0 168 shake_128
                shake_128 129 10ebf26236092de5086dc35af4ee87b2c1dd4c1c13723399f7d2368ddf24d7607a16bbfa224439a9 0 168 shake_128
                shake_128 5000 440227123b4fe76e15dfc1a32cdeb2b9f77038e6bf0536e56db28f9a434071829b63e41d18257e0f 0 168 shake_128
                shake_256 0 46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762fd75dc4ddd8c0f200 0 136 shake_256
                shake_256 3 483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739d5a15bef186a5386 0 136 shake_256
                shake_256 43 2f671343d9b2e1604dc9dcf0753e5fe15c7c64a0d283cbbf722d411a0e36f6ca1d01d1369a23539c 0 136 shake_256
                shake_256 768 2c08d3827f9ced84c8263c16ac1d877a70eff56c86a63d3a701ea8cea0ef0b3bf042088081df3910 0 136 shake_256
                shake_256 127 180066ba568df62abe0c07bd446c168f8d61ca570900384f74792a7ec7ab2427484900a8531ec2b7 0 136 shake_256
                shake_256 128 bff94697e4cf2df53200fed6e077f42b93e797f058f3545561c5db8d583a9fc00cc21f9b0dbfc1e7 0 136 shake_256
                shake_256 129 a6d68f0d0826ddfe007afcf55a43db01677f6e2019d30f4e5f6cc76e300d0e08b88c00d671921352 0 136 shake_256
                shake_256 5000 47d94b56e847b0275d9bdd6db5a8824a1140b4c1486be981c9d6c44f18c0b7532905d0c35c6bd7a8 0 136 shake_256
                sha512_224 0 6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4 28 128 sha512_224
                sha512_224 3 4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa 28 128 sha512_224
                sha512_224 43 944cd2847fb54558d4775db0485a50003111c8e5daa63fe722c6aa37 28 128 sha512_224
                sha512_224 768 0243909334de5e2efd5a42ff0173e0e87dd54953d04f52119f41add7 28 128 sha512_224
                sha512_224 127 a2e7f15a202102a00ecab57ba37778f8c35591a29ab4c3cad188517d 28 128 sha512_224
                sha512_224 128 89433771840172fc885ae35fc7f086fbcd0e74f98882046d6b05ff8d 28 128 sha512_224
                sha512_224 129 8eba7c65aa70a4c9a8e487e161dc040b9c674c98828634193aa3446e 28 128 sha512_224
                sha512_224 5000 f8dd9fbca760f64f15efb132be6ca651d65d5fc5b8d57f827f2f4a40 28 128 sha512_224
                sha512_256 0 c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a 32 128 sha512_256
                sha512_256 3 53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23 32 128 sha512_256
                sha512_256 43 dd9d67b371519c339ed8dbd25af90e976a1eeefd4ad3d889005e532fc5bef04d 32 128 sha512_256
                sha512_256 768 88f84a27d653b407bc4c1a06b66cff888558af2700f32bb39ee65ee2675688a9 32 128 sha512_256
                sha512_256 127 fdd3cc6eb81f7da2e82bce47b75ef26f881d7118e9d968baaefea61764d70a42 32 128 sha512_256
                sha512_256 128 6c0dfa95c650de7bb33dedd62fe0b0363f5deec77c582a216c7e33253f59a518 32 128 sha512_256
                sha512_256 129 32bfe612284b067af66790fc1f422108b4bcd670b698de913465b3e75a5c0078 32 128 sha512_256
                sha512_256 5000 e46f27da368859f5cb5963d0c6a6b974ca0fbdb0025af3937b82e1ee0a6a4596 32 128 sha512_256
                b {'digest_size': 16} cae66941d9efbd404e4d88758ea67670
                s {'digest_size': 16} 64550d6ffe2c0a01a14aba1eade0200c
                b {'digest_size': 16} cf4ab791c62b8d2b2109c90275287816
                s {'digest_size': 16} aa4938119b1dc7b87cbad0ffd200d0ae
                b {'digest_size': 16} 249df9a49f517ddcd37f5c897620ec73
                s {'digest_size': 16} 96fd07258925748a0d2fb1c8a1167a73
                b {'digest_size': 16} e0892860f9fc0da273b9db57e857c19a
                s {'digest_size': 16} 02791852856c6ef2e11dfa3027185216
                b {'key': b'secret'} 865aca2ba0b9b941352e4680e14f543d1af37f7a3479304262a5da8c97468d9fe22636bae941d9c7b83b93efc36e82177606c72a1c00af48bb182c69d1f1abc3
                s {'key': b'secret'} 864f60ce88fc1c80c7b3b4f0bb920255fb464484a9dc7346f1d0e4e190d358cd
                b {'key': b'secret'} 204c828c56fbe6dfe80f110efd16649b9baaad573a6fe4a9a3f492857ec46f8f01eb46d3d6b777f014802967b258fdf631947e68e70cbf9054edf69fa3bbb4a8
                s {'key': b'secret'} d7d0d1441d31d042d6c1ef68ce5162e56f3b2a208de82b727b7c30c709b7bff2
                b {'key': b'secret'} a79af93da4f73fb1549bae8e8d4f24d8b5ddf5d0c97feb4704dd2821bd87d4e15d19e0d63b901e9baadac89a5e89a157ae00d1a4ff209072c520f432c13c757d
                s {'key': b'secret'} 56114c1b3b6a632af9bc68237ab9d233fce8af83948a9bba8fba2ece171ad4ba
                b {'key': b'secret'} fc281dca020eef575d1437d2a4e7b30ec95e7930ff141b4a6627c9cd7db07bc4287cf55501b15a0f7bffdd212b9b7e445d2ba3070df56543b177bc51e0427223
                s {'key': b'secret'} 6e7885a740787389e824f1e80340c6094bac2cc7a114badf6d419774b8c6a054
                b {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} 5caefa9818315414d0d763300fc08c4c7c434a259b75c5ed814e97c313ab1b157276e5456967794c810cdbd0b5c5266503067a4a499d29615693e063b1b6afb9
                s {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} 691a5053b0c4a173777ac6177e88fd30bf1f1a44ec0bdf248833284b3d260656
                b {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} 8c6720fdeca54ddd7f179b368348eca9f5c3805adf2ae471a038684fca2235638f095ad4df65063389045134e0a2e84d10b5180eb695c9be870ff9918e0c8df0
                s {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} 33a1e7255d4930eeb9555b8ef14814f2179f958bb9c7dfe4079bc5b0c5b979ac
                b {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} 6dca56ec4e6f98d0376f919b9c68f8e1f1ec80f9a8cead2682edaf03d826a7de12c3612c03eadcbc52fe34783fc5ea0789e2c06d099358fbc89e46e166f493eb
                s {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} 0932ebcefe7417022c7faed93819eeeb947ba9afc3a5cfff1a22c07f80032602
                b {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} bfc92e9a7dd457984c2e3becce72ed3a473e5f3189c072bedd9d9020e5b5368e5792a71a63930c30c53c5afbae089a6301f032d266dc48db12f76978d15e3dde
                s {'key': b'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'} 40a4eee7a69ddf25086f260162467a91579dc011801bfc6fd4ea87537b1b1cf6
                b {'salt': b'salt', 'person': b'me'} 00f8138af418afe3e95cf153746fc14151fef8f66512930d162960e8a35978857037109ae3f0ff104f429023daaaa5d54bca1d81406371761fb0d17270544ec8
                s {'salt': b'salt', 'person': b'me'} 04e4735b63eb5baf8a39ff5e9036113c0fc2bb5cd6791814ef42622dc926a0dc
                b {'salt': b'salt', 'person': b'me'} 0cabd84cb6899b93abc961b3139df8e923f24284d0e322b72fa1a2ebdaef2d079604a534df21c07f031a6ef7580d5a81bd883834f1e3f8e2e7fb3bce2167c968
                s {'salt': b'salt', 'person': b'me'} ff95505f4ad2116cf216992c95ddc13ea3f0743a40e811a37c47e47bb2098b8a
                b {'salt': b'salt', 'person': b'me'} 0c2db4a5191155d892993d3c6e90bba36aa1b630141164b2c5fa98c6dcebec509b5763ecf448be515d6f82d700ecbf8d6b32a7553dadcd0d8995deeb6afded00
                s {'salt': b'salt', 'person': b'me'} f52a130627793c7429544aa08e3d65a7f8ac8f1a1bd503c68ff71c9f87c7c6dc
                b {'salt': b'salt', 'person': b'me'} 060a5158ce17b30e6c508af8da06d5e0cf048a82a81ae3295e120020b978e59b58549834379581fa50d1580153168b544d3dd722ffdb71e9de0de9a2ff16ceff
                s {'salt': b'salt', 'person': b'me'} 31f7e6d6c6330b1e3a32a61a10764ed42ad74387b0d346c5ed4e472a83a3a93f
                b {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 32, 'last_node': True} afcf22edc02fc9e6f8a491067d455f844dd78c005b6290b2985e4a6e7e9de1a61cd2b19570ddd1d352536a742ea8ed5ad55ae34a8c8669a8686d94fbd269f515
                s {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 16, 'last_node': True} 185825cdca6737e88571e7c6e6f1862c86bcafa5caa7f0ad29f6931f5559fb7d
                b {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 32, 'last_node': True} e368c1ffd76079905a4d8ff43c2cda0c2ed5d9701dc763fd8664308dc41621079117d98dce427b8a04f3dd8c6a89747eabfe10b826de354fa3713081f09d0bc2
                s {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 16, 'last_node': True} f277263a57f6d22f9d070ee2860c6e1920717092071197256ffd9ad86eaacd74
                b {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 32, 'last_node': True} 72a72f92b3ab47a2b38aa0b5202eb73e3ad1007a64fb34f250697fbd5b3688b83038ccfdfd3235833378691b324bf523a2ab2d01fddbe034d3e9b3794b551fa1
                s {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 16, 'last_node': True} cc97f6e437d763099a3c1fdac18e3093c58d447aab056548cf3247957aaf55c9
                b {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 32, 'last_node': True} 6dc0bf51622d4a54eb7a61c52fed0405c4efd0eb3218b808f0141c121cb58239ac3306dbe279d2ec5137f1b2b7062c17984039a6e0e76595d71f082a29f324be
                s {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 16, 'last_node': True} acb04b7ba1dacb60651a2262910c8fdaf0fdc7555a82a448591a8e025413b96b
                b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9 5e3235a8346e5a4585f8c58562f5052b8fe26a3bb122e1e96c76784964dfc461
                blake2b True c597814c9670a57c08ba
                blake2s True 8924f7f39e1e6c561c60
                shake_128 True c4bc70634bec7ddd19fc
                sha3_256 True 4c7063651a0988e6a074
                md5 True c05b85f29081bd5ef2a1
                632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3
                ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957cae93136266537a8d7bf4b76c51094cc1ae010b19923ddc4395cd064acb0
                c7d06d848a9954ac2b2ad4c31193dd96bf89bd52feb7483e0704de2c7d55cbf2ca939f3b5fee32630dcda762ad5f9ad31834c9828518980eb7bdd1c5e366c713
                8fd431c0afcd77c8beb9
                TypeError Strings must be encoded before hashing
                TypeError object supporting the buffer API required
                ValueError unsupported hash type foo
                ValueError digest_size must be between 1 and 64 bytes
                ValueError maximum key length is 32 bytes
                TypeError digest() missing required argument 'length' (pos 1)
                ValueError iteration value must be greater than 0.
                True
                """);
    }

    @Test
    void hmacOverHashlib() {
        PyRun.expect("""
                import hmac, hashlib
                print(hmac.new(b"key", b"message", "sha256").hexdigest())
                for dm in ["md5", "sha1", "sha512", hashlib.sha256, "blake2b", "sha3_256"]:
                    for key in [b"", b"k", b"K" * 200]:
                        h = hmac.new(key, b"The quick brown fox", dm)
                        c = h.copy(); c.update(b"!")
                        print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
                print(hmac.digest(b"k", b"m", "sha1").hex())
                print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "abc"))
                try:
                    hmac.new(b"k", b"m")
                except TypeError as e:
                    print(e)
                try:
                    hmac.compare_digest(1, 2)
                except TypeError as e:
                    print(e)
                """, """
                6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a
                hmac-md5 16 64 7bd8bd2c2a0a9e4a41c18c5cab023397 2ca92ad01770827b
                hmac-md5 16 64 fb248be9a5605e485871d414518785ab c33080c5f4735750
                hmac-md5 16 64 b5f9038bc0b395a973fc7daa0616b953 227a691a1b2dfda3
                hmac-sha1 20 64 9e093dd5cc7e80ca6b1a1d83aea4551bf6968dc7 7c574028d8cacbaf
                hmac-sha1 20 64 34871e69803f15c8cc67db1cd6f208cc0b453194 56e659ca8a4c3d96
                hmac-sha1 20 64 dc1d80d554a62b74f8776d60e2990ebe126e08a3 b1cb349028b4e39c
                hmac-sha512 64 128 9a3872ec8f99604c84fb185fd72b2ebc7ad6a8233d57343fc1b8ca5c7a2bc435a8ed3b8ef79a64ae009d4b7fe73ee7918d2335ff358f0d0023e0f86ceaa4440f fe8cae458bf4e92f
                hmac-sha512 64 128 dce80c36ac3345b3dfd0229e10347bcca4edfeb5551ece1434713a127d3ef0e5fe45a3f1f3a9949e94fd0d9480438634bdda8e00274536a118cbb3a58f7507a1 74e2c67cea7e7cb7
                hmac-sha512 64 128 9fdc4227f91c4ad8a2f1f3cd3fd11578555c28a4062e391d6123bb3b592cd9196c351e088d2c3410582d0573a66f59ec6127ea48dfac2d48dd1c418653f599a8 e551740768e247c5
                hmac-sha256 32 64 831d2f46d18799176d0da02650e0e477509404e5a1cca13bf3c028f4f4884cd7 06118cc0f80f6649
                hmac-sha256 32 64 b996da73fc62f2305e83a4df39e418bb99fe48c8a95c77294bb7ccae659847ba f1d2d40644ff8dbd
                hmac-sha256 32 64 7db0dbb13c82ce51851ac0ca48da3ebb6e0a5bae6dae4782e7e2a438e8632759 05af17cf967dd131
                hmac-blake2b 64 128 40c1eb61427b23062bad575d3b63a4b55925ff98d27d6e23adcb67cdada824dbf9ff8db9ba1d16a9f37ae5a39ffbf17cad2e553d4a0d485c9d63df368e842391 0026b2582867ce49
                hmac-blake2b 64 128 0dc18fd97a90b38c2f9cfbc52dba7d4cb733647c5dac5ef11606271dba7945a80fdcd68a21b51cde2ab10c39b0d147ef3d0815b15b0ef47a26ff17255960d98a 335b1006aa70ed26
                hmac-blake2b 64 128 49e7d7bc6b1f847615f669380d848d0fbf75de38e7d996b6be40e3305c01b36a906b539ff1f855bf60fc9b0cebb4b39d22dbd172a9f5f7e62cb0fdd38afee3d5 ff7261f6028b26e1
                hmac-sha3_256 32 136 47a318d1f9775f287b147d9e1caa7efb80823afb4abff783f19bf4ceb16dc541 7a8a4c229aaf8404
                hmac-sha3_256 32 136 3b5950418e1e14ed98a5eef0043498bb7d39100fb8c1daacfa9cae2c54a79343 77c54077674b4f11
                hmac-sha3_256 32 136 5f092bc90edb06358ba7885422ccff1d4080384d8b9c7370d47072e74ee26cc6 d80ed9b3bc017b7a
                772b71c8a2997e768be01d9711e4a4f34a24ef33
                True False False
                Missing required parameter 'digestmod'.
                unsupported operand types(s) or combination of types: 'int' and 'int'
                """);
    }

    @Test
    void zlibAgainstCPython() {
        PyRun.expect("""
                import zlib
                data = b"hello hello hello hello zlib " * 20
                print(zlib.crc32(b"hello"), zlib.crc32(b""), zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
                print(zlib.adler32(b"hello"), zlib.adler32(b"wiki"))
                for seed in [0, 1, 12345, 0xffffffff, 2**40, -1]:
                    print(seed, zlib.crc32(b"a" * 10000, seed), zlib.adler32(b"a" * 10000, seed), zlib.crc32(b"", seed), zlib.adler32(b"", seed), zlib.adler32(b"xyz", seed))
                comp = zlib.compress(data)
                print(len(data), comp, zlib.decompress(comp) == data)
                for level in (0, 1, 6, 9, -1):
                    for wbits in (15, -15, 31):
                        c = zlib.compress(data, level, wbits)
                        print(level, wbits, c.hex()[:40], len(c), zlib.decompress(c, wbits) == data, zlib.decompress(c, 47 if wbits > 0 else wbits) == data)
                co = zlib.compressobj()
                chunks = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
                print(chunks == zlib.compress(data))
                do = zlib.decompressobj()
                print(do.decompress(chunks) + do.flush() == data)
                for bad in [b"not compressed", b"x", zlib.compress(b"hello world")[:-3]]:
                    try:
                        zlib.decompress(bad)
                    except zlib.error as e:
                        print("zlib.error:", e)
                print(zlib.decompress(zlib.compress(b'hello') + b'extra'))
                g = zlib.compress(b'abc' * 1000, wbits=31)
                for bad in [g[:-1], g[:-5] + bytes([g[-5] ^ 1]) + g[-4:], g[:-1] + bytes([g[-1] ^ 1])]:
                    try:
                        print(zlib.decompress(bad, 31))
                    except zlib.error as e:
                        print("zlib.error:", e)
                d = zlib.decompressobj(); print(d.decompress(zlib.compress(b'hello')+b'extra'), d.unused_data, d.eof, d.unconsumed_tail)
                d = zlib.decompressobj(); print(d.decompress(zlib.compress(b'hello'*100), 10), len(d.unconsumed_tail), d.eof)
                out = d.decompress(d.unconsumed_tail, 100); print(len(out), len(d.unconsumed_tail), d.eof); print(len(d.flush()), d.eof)
                d = zlib.decompressobj(31)
                for i in range(len(g)):
                    x = d.decompress(g[i:i+1])
                print(d.eof, d.unused_data)
                c = zlib.compressobj(); print(c.compress(b'x'), c.flush(zlib.Z_SYNC_FLUSH), c.flush(), c.flush(zlib.Z_NO_FLUSH))
                try: c.compress(b'y')
                except Exception as e: print(type(e).__name__, e)
                print(zlib.ZLIB_VERSION, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.error, zlib.error.__mro__, zlib.Z_BEST_COMPRESSION)
                try: zlib.crc32('x')
                except Exception as e: print(type(e).__name__, e)
                for kw in [dict(wbits=99), dict(wbits=-8), dict(level=10), dict(wbits=24)]:
                  try: print(kw, zlib.compress(b'abc', **kw))
                  except Exception as e: print(kw, type(e).__name__, e)
                c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED); print(c.compress(b'abc')+c.flush())
                c2 = zlib.compressobj(zdict=b'hello'); x = c2.compress(b'hello hello') + c2.flush(); print(x)
                d2 = zlib.decompressobj(zdict=b'hello'); print(d2.decompress(x))
                try: zlib.decompress(x)
                except Exception as e: print(type(e).__name__, e)
                print(zlib.compress(b'hello hello hello', level=6), zlib.decompress(zlib.compress(b'abc'), bufsize=1))
                big = bytes(range(256)) * 100
                print(zlib.crc32(big), zlib.adler32(big), zlib.decompress(zlib.compress(big)) == big)
                """, """
                907060870 0 True
                103547413 73007541
                0 1182717079 2024525282 0 0 47448427
                1 2759197171 2679885283 1 1 47645036
                12345 2810407150 2577399323 12345 12345 2474586532
                4294967295 4105888070 2612514288 4294967295 917518 51118457
                1099511627776 1182717079 2024525282 0 0 47448427
                -1 4105888070 2612514288 4294967295 917518 51118457
                580 b'x\\x9c\\xcbH\\xcd\\xc9\\xc9W\\xc8\\xc0 \\xabr2\\x93\\xb0\\x08\\x8fJ\\x8eJbH\\x02\\x00\\x91m\\xd4\\x95' True
                0 15 7801014402bbfd68656c6c6f2068656c6c6f2068 591 True True
                0 -15 014402bbfd68656c6c6f2068656c6c6f2068656c 585 True True
                0 31 1f8b0800000000000403014402bbfd68656c6c6f 603 True True
                1 15 7801cb48cdc9c957c8c020ab723293b00843148e 34 True True
                1 -15 cb48cdc9c957c8c020ab723293b00843148e4a02 28 True True
                1 31 1f8b0800000000000403cb48cdc9c957c8c020ab 46 True True
                6 15 789ccb48cdc9c957c8c020ab723293b0088f4a8e 29 True True
                6 -15 cb48cdc9c957c8c020ab723293b0088f4a8e4a62 23 True True
                6 31 1f8b0800000000000003cb48cdc9c957c8c020ab 41 True True
                9 15 78dacb48cdc9c957c8c020ab723293b0088f4a8e 29 True True
                9 -15 cb48cdc9c957c8c020ab723293b0088f4a8e4a62 23 True True
                9 31 1f8b0800000000000203cb48cdc9c957c8c020ab 41 True True
                -1 15 789ccb48cdc9c957c8c020ab723293b0088f4a8e 29 True True
                -1 -15 cb48cdc9c957c8c020ab723293b0088f4a8e4a62 23 True True
                -1 31 1f8b0800000000000003cb48cdc9c957c8c020ab 41 True True
                True
                True
                zlib.error: Error -3 while decompressing data: incorrect header check
                zlib.error: Error -5 while decompressing data: incomplete or truncated stream
                zlib.error: Error -5 while decompressing data: incomplete or truncated stream
                b'hello'
                zlib.error: Error -5 while decompressing data: incomplete or truncated stream
                zlib.error: Error -3 while decompressing data: incorrect data check
                zlib.error: Error -3 while decompressing data: incorrect length check
                b'hello' b'extra' True b''
                b'hellohello' 7 False
                100 7 False
                390 True
                True b''
                b'x\\x9c' b'\\xaa\\x00\\x00\\x00\\x00\\xff\\xff' b'\\x03\\x00\\x00y\\x00y' b''
                error Error -2 while compressing data: inconsistent stream state
                1.2.13 15 16384 <class 'zlib.error'> (<class 'zlib.error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) 9
                TypeError a bytes-like object is required, not 'str'
                {'wbits': 99} error Bad compression level
                {'wbits': -8} error Bad compression level
                {'level': 10} error Bad compression level
                {'wbits': 24} error Bad compression level
                b'KLJ\\x06\\x00'
                b'x\\xbb\\x06,\\x02\\x15\\xcb\\x00\\x11\\n`\\x12\\x00\\x19\\x91\\x04I'
                b'hello hello'
                error Error 2 while decompressing data
                b'x\\x9c\\xcbH\\xcd\\xc9\\xc9W\\xc8@\\x90\\x00:.\\x06}' b'abc'
                319769915 1954533600 True
                """);
    }
}
