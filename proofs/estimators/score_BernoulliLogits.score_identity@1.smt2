; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!50 () Real)
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
 (let ((?x61 (- ?x9)))
 (let ((?x62 (/ ?x61 ?x18)))
 (let ((?x63 (+ 1.0 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x65 (+ 1.0 ?x64)))
 (let ((?x55 (/ 1.0 exp!3)))
 (let ((?x66 (* ?x55 ?x65)))
 (let ((?x67 (* |f[1]| ?x66)))
 (let ((?x57 (- |f[1]|)))
 (let ((?x58 (* ?x57 ?x55)))
 (let ((?x59 (+ |f[1]| ?x58)))
 (let ((?x60 (* ?x55 ?x59)))
 (or (and (distinct ?x60 ?x67) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!50 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!50)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!50 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!50)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!50 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!50)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!50 log!50)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!50 log!50)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!50 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!50)))
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
(declare-fun exp!2 () Real)
(declare-fun log!50 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!71 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x68 (* 1.0 exp!1)))
 (let ((?x69 (+ 1.0 ?x68)))
 (< 0.0 ?x69))))
(assert
 (let ((?x68 (* 1.0 exp!1)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let (($x229 (= 0.0 ?x69)))
 (not $x229)))))
(assert
 (let ((?x68 (* 1.0 exp!1)))
 (let ((?x69 (+ 1.0 ?x68)))
 (< 0.0 ?x69))))
(assert
 (let ((?x68 (* 1.0 exp!1)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let (($x229 (= 0.0 ?x69)))
 (not $x229)))))
(assert
 (let ((?x68 (* 1.0 exp!1)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let ((?x160 (/ ?x68 ?x69)))
 (let ((?x99 (- ?x160)))
 (let ((?x87 (+ 1.0 ?x99)))
 (let ((?x174 (/ ?x68 exp!5)))
 (let ((?x126 (* ?x174 ?x87)))
 (let ((?x128 (* |f[1]| ?x126)))
 (let ((?x57 (- |f[1]|)))
 (let ((?x98 (* ?x57 ?x174)))
 (let ((?x156 (+ |f[1]| ?x98)))
 (let ((?x158 (* ?x174 ?x156)))
 (or (and (distinct ?x158 ?x128) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!50 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!50)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!50 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!50)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!50 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!50)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!50 log!50)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!50 log!50)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!50 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!50)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x72 (< log!71 logits)))
 (= $x72 (< exp!4 exp!1))))
(assert
 (let (($x259 (< logits log!71)))
 (= $x259 (< exp!1 exp!4))))
(assert
 (let (($x254 (< log!71 log!50)))
 (= $x254 (< exp!4 exp!3))))
(assert
 (let (($x251 (< log!50 log!71)))
 (= $x251 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x260 (> log!71 0.0)))
 (= $x260 (> exp!4 1.0))))
(assert
 (let ((?x70 (+ 1.0 log!71)))
 (>= exp!4 ?x70)))
(assert
 (let ((?x68 (* 1.0 exp!1)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let (($x135 (> ?x69 0.0)))
 (=> $x135 (= exp!4 ?x69))))))
(assert
 (let (($x72 (< log!71 logits)))
 (= $x72 (< exp!5 exp!1))))
(assert
 (let (($x259 (< logits log!71)))
 (= $x259 (< exp!1 exp!5))))
(assert
 (let (($x254 (< log!71 log!50)))
 (= $x254 (< exp!5 exp!3))))
(assert
 (let (($x251 (< log!50 log!71)))
 (= $x251 (< exp!3 exp!5))))
(assert
 (let (($x122 (< log!71 log!71)))
 (= $x122 (< exp!5 exp!4))))
(assert
 (let (($x122 (< log!71 log!71)))
 (= $x122 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x260 (> log!71 0.0)))
 (= $x260 (> exp!5 1.0))))
(assert
 (let ((?x70 (+ 1.0 log!71)))
 (>= exp!5 ?x70)))
(assert
 (let ((?x68 (* 1.0 exp!1)))
(let ((?x69 (+ 1.0 ?x68)))
(let (($x135 (> ?x69 0.0)))
(=> $x135 (= exp!5 ?x69))))))
(check-sat)
(pop 1)
