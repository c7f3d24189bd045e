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
(declare-fun log!82 () Real)
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
 (let ((?x74 (- ?x9)))
 (let ((?x75 (/ ?x74 ?x18)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let ((?x77 (- ?x76)))
 (let ((?x80 (+ 1.0 ?x77)))
 (let ((?x56 (/ 1.0 exp!3)))
 (let ((?x81 (* ?x56 ?x80)))
 (let ((?x82 (* |f[1]| ?x81)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x78 (* ?x55 ?x77)))
 (let ((?x79 (* |f[0]| ?x78)))
 (let ((?x83 (+ ?x79 ?x82)))
 (let ((?x67 (* |f[1]| 1.0)))
 (let ((?x57 (* 0.0 1.0)))
 (let ((?x68 (+ ?x57 ?x67)))
 (let ((?x69 (- ?x68)))
 (let ((?x70 (* ?x56 ?x69)))
 (let ((?x71 (+ ?x68 ?x70)))
 (let ((?x72 (* ?x56 ?x71)))
 (let ((?x59 (* |f[0]| 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x63 (* 0.0 ?x60)))
 (let ((?x61 (- ?x60)))
 (let ((?x62 (* ?x56 ?x61)))
 (let ((?x64 (+ ?x62 ?x63)))
 (let ((?x65 (* ?x55 ?x64)))
 (let ((?x73 (+ ?x65 ?x72)))
 (or (and (distinct ?x73 ?x83) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!82 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!82)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!82 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!82)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!82 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!82)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!82 log!82)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!82 log!82)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!82 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!82)))
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
(declare-fun log!82 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!125 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x84 (* 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (< 0.0 ?x85))))
(assert
 (let ((?x84 (* 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (let (($x284 (= 0.0 ?x85)))
 (not $x284)))))
(assert
 (let ((?x84 (* 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (< 0.0 ?x85))))
(assert
 (let ((?x84 (* 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (let (($x284 (= 0.0 ?x85)))
 (not $x284)))))
(assert
 (let ((?x84 (* 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (let ((?x142 (/ ?x84 ?x85)))
 (let ((?x139 (- ?x142)))
 (let ((?x144 (+ 1.0 ?x139)))
 (let ((?x147 (/ ?x84 exp!5)))
 (let ((?x103 (* ?x147 ?x144)))
 (let ((?x168 (* |f[1]| ?x103)))
 (let ((?x195 (/ 1.0 exp!5)))
 (let ((?x140 (* ?x195 ?x139)))
 (let ((?x143 (* |f[0]| ?x140)))
 (let ((?x170 (+ ?x143 ?x168)))
 (let ((?x67 (* |f[1]| 1.0)))
 (let ((?x57 (* 0.0 1.0)))
 (let ((?x68 (+ ?x57 ?x67)))
 (let ((?x69 (- ?x68)))
 (let ((?x151 (* ?x147 ?x69)))
 (let ((?x152 (+ ?x68 ?x151)))
 (let ((?x153 (* ?x147 ?x152)))
 (let ((?x59 (* |f[0]| 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x63 (* 0.0 ?x60)))
 (let ((?x61 (- ?x60)))
 (let ((?x148 (* ?x147 ?x61)))
 (let ((?x127 (+ ?x148 ?x63)))
 (let ((?x128 (* ?x195 ?x127)))
 (let ((?x138 (+ ?x128 ?x153)))
 (or (and (distinct ?x138 ?x170) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!82 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!82)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!82 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!82)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!82 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!82)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!82 log!82)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!82 log!82)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!82 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!82)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x88 (< log!125 logits)))
 (= $x88 (< exp!4 exp!1))))
(assert
 (let (($x328 (< logits log!125)))
 (= $x328 (< exp!1 exp!4))))
(assert
 (let (($x320 (< log!125 log!82)))
 (= $x320 (< exp!4 exp!3))))
(assert
 (let (($x316 (< log!82 log!125)))
 (= $x316 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x318 (> log!125 0.0)))
 (= $x318 (> exp!4 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!125)))
 (>= exp!4 ?x325)))
(assert
 (let ((?x84 (* 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (let (($x311 (> ?x85 0.0)))
 (=> $x311 (= exp!4 ?x85))))))
(assert
 (let (($x88 (< log!125 logits)))
 (= $x88 (< exp!5 exp!1))))
(assert
 (let (($x328 (< logits log!125)))
 (= $x328 (< exp!1 exp!5))))
(assert
 (let (($x320 (< log!125 log!82)))
 (= $x320 (< exp!5 exp!3))))
(assert
 (let (($x316 (< log!82 log!125)))
 (= $x316 (< exp!3 exp!5))))
(assert
 (let (($x202 (< log!125 log!125)))
 (= $x202 (< exp!5 exp!4))))
(assert
 (let (($x202 (< log!125 log!125)))
 (= $x202 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x318 (> log!125 0.0)))
 (= $x318 (> exp!5 1.0))))
(assert
 (let ((?x325 (+ 1.0 log!125)))
 (>= exp!5 ?x325)))
(assert
 (let ((?x84 (* 1.0 exp!1)))
(let ((?x85 (+ 1.0 ?x84)))
(let (($x311 (> ?x85 0.0)))
(=> $x311 (= exp!5 ?x85))))))
(check-sat)
(pop 1)
