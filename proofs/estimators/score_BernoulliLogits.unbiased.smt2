; certjax: rule estimators.score_BernoulliLogits, obligation 'unbiased', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!62 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let ((?x67 (- ?x9)))
 (let ((?x68 (/ ?x67 ?x18)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let ((?x70 (- ?x69)))
 (let ((?x73 (+ 1.0 ?x70)))
 (let ((?x58 (/ 1.0 exp!3)))
 (let ((?x74 (* ?x58 ?x73)))
 (let ((?x75 (* |f[1]| ?x74)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x71 (* ?x55 ?x70)))
 (let ((?x72 (* |f[0]| ?x71)))
 (let ((?x76 (+ ?x72 ?x75)))
 (let ((?x62 (- |f[1]|)))
 (let ((?x63 (* ?x62 ?x58)))
 (let ((?x64 (+ |f[1]| ?x63)))
 (let ((?x65 (* ?x58 ?x64)))
 (let ((?x57 (- |f[0]|)))
 (let ((?x59 (* ?x57 ?x58)))
 (let ((?x60 (* ?x55 ?x59)))
 (let ((?x66 (+ ?x60 ?x65)))
 (or (and (distinct ?x66 ?x76) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x36 (> ?x18 0.0)))
(=> $x36 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!62 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!90 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (< 0.0 ?x78))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let (($x277 (= 0.0 ?x78)))
 (not $x277)))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (< 0.0 ?x78))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let (($x277 (= 0.0 ?x78)))
 (not $x277)))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let ((?x131 (/ ?x77 ?x78)))
 (let ((?x135 (- ?x131)))
 (let ((?x136 (+ 1.0 ?x135)))
 (let ((?x140 (/ ?x77 exp!5)))
 (let ((?x137 (* ?x140 ?x136)))
 (let ((?x96 (* |f[1]| ?x137)))
 (let ((?x113 (/ 1.0 exp!5)))
 (let ((?x132 (* ?x113 ?x135)))
 (let ((?x133 (* |f[0]| ?x132)))
 (let ((?x161 (+ ?x133 ?x96)))
 (let ((?x62 (- |f[1]|)))
 (let ((?x121 (* ?x62 ?x140)))
 (let ((?x144 (+ |f[1]| ?x121)))
 (let ((?x145 (* ?x140 ?x144)))
 (let ((?x57 (- |f[0]|)))
 (let ((?x141 (* ?x57 ?x140)))
 (let ((?x120 (* ?x113 ?x141)))
 (let ((?x146 (+ ?x120 ?x145)))
 (or (and (distinct ?x146 ?x161) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x81 (< log!90 logits)))
 (= $x81 (< exp!4 exp!1))))
(assert
 (let (($x321 (< logits log!90)))
 (= $x321 (< exp!1 exp!4))))
(assert
 (let (($x313 (< log!90 log!62)))
 (= $x313 (< exp!4 exp!3))))
(assert
 (let (($x309 (< log!62 log!90)))
 (= $x309 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x311 (> log!90 0.0)))
 (= $x311 (> exp!4 1.0))))
(assert
 (let ((?x318 (+ 1.0 log!90)))
 (>= exp!4 ?x318)))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let (($x304 (> ?x78 0.0)))
 (=> $x304 (= exp!4 ?x78))))))
(assert
 (let (($x81 (< log!90 logits)))
 (= $x81 (< exp!5 exp!1))))
(assert
 (let (($x321 (< logits log!90)))
 (= $x321 (< exp!1 exp!5))))
(assert
 (let (($x313 (< log!90 log!62)))
 (= $x313 (< exp!5 exp!3))))
(assert
 (let (($x309 (< log!62 log!90)))
 (= $x309 (< exp!3 exp!5))))
(assert
 (let (($x112 (< log!90 log!90)))
 (= $x112 (< exp!5 exp!4))))
(assert
 (let (($x112 (< log!90 log!90)))
 (= $x112 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x311 (> log!90 0.0)))
 (= $x311 (> exp!5 1.0))))
(assert
 (let ((?x318 (+ 1.0 log!90)))
 (>= exp!5 ?x318)))
(assert
 (let ((?x77 (* 1.0 exp!1)))
(let ((?x78 (+ 1.0 ?x77)))
(let (($x304 (> ?x78 0.0)))
(=> $x304 (= exp!5 ?x78))))))
(check-sat)
(pop 1)
