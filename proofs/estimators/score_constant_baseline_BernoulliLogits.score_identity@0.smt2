; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
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
 (let ((?x64 (- ?x9)))
 (let ((?x65 (/ ?x64 ?x18)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x67 (- ?x66)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x68 (* ?x55 ?x67)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[0]| ?x58)))
 (let ((?x69 (* ?x59 ?x68)))
 (let ((?x61 (/ 1.0 exp!3)))
 (let ((?x60 (- ?x59)))
 (let ((?x62 (* ?x60 ?x61)))
 (let ((?x63 (* ?x55 ?x62)))
 (or (and (distinct ?x63 ?x69) true))))))))))))))))))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!50 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!70 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x70 (* 1.0 exp!1)))
 (let ((?x71 (+ 1.0 ?x70)))
 (< 0.0 ?x71))))
(assert
 (let ((?x70 (* 1.0 exp!1)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let (($x263 (= 0.0 ?x71)))
 (not $x263)))))
(assert
 (let ((?x70 (* 1.0 exp!1)))
 (let ((?x71 (+ 1.0 ?x70)))
 (< 0.0 ?x71))))
(assert
 (let ((?x70 (* 1.0 exp!1)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let (($x263 (= 0.0 ?x71)))
 (not $x263)))))
(assert
 (let ((?x70 (* 1.0 exp!1)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x156 (/ ?x70 ?x71)))
 (let ((?x157 (- ?x156)))
 (let ((?x146 (/ 1.0 exp!5)))
 (let ((?x117 (* ?x146 ?x157)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[0]| ?x58)))
 (let ((?x141 (* ?x59 ?x117)))
 (let ((?x149 (/ ?x70 exp!5)))
 (let ((?x60 (- ?x59)))
 (let ((?x154 (* ?x60 ?x149)))
 (let ((?x155 (* ?x146 ?x154)))
 (or (and (distinct ?x155 ?x141) true))))))))))))))))
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
 (let (($x74 (< log!70 logits)))
 (= $x74 (< exp!4 exp!1))))
(assert
 (let (($x311 (< logits log!70)))
 (= $x311 (< exp!1 exp!4))))
(assert
 (let (($x303 (< log!70 log!50)))
 (= $x303 (< exp!4 exp!3))))
(assert
 (let (($x299 (< log!50 log!70)))
 (= $x299 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x301 (> log!70 0.0)))
 (= $x301 (> exp!4 1.0))))
(assert
 (let ((?x308 (+ 1.0 log!70)))
 (>= exp!4 ?x308)))
(assert
 (let ((?x70 (* 1.0 exp!1)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let (($x294 (> ?x71 0.0)))
 (=> $x294 (= exp!4 ?x71))))))
(assert
 (let (($x74 (< log!70 logits)))
 (= $x74 (< exp!5 exp!1))))
(assert
 (let (($x311 (< logits log!70)))
 (= $x311 (< exp!1 exp!5))))
(assert
 (let (($x303 (< log!70 log!50)))
 (= $x303 (< exp!5 exp!3))))
(assert
 (let (($x299 (< log!50 log!70)))
 (= $x299 (< exp!3 exp!5))))
(assert
 (let (($x210 (< log!70 log!70)))
 (= $x210 (< exp!5 exp!4))))
(assert
 (let (($x210 (< log!70 log!70)))
 (= $x210 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x301 (> log!70 0.0)))
 (= $x301 (> exp!5 1.0))))
(assert
 (let ((?x308 (+ 1.0 log!70)))
 (>= exp!5 ?x308)))
(assert
 (let ((?x70 (* 1.0 exp!1)))
(let ((?x71 (+ 1.0 ?x70)))
(let (($x294 (> ?x71 0.0)))
(=> $x294 (= exp!5 ?x71))))))
(check-sat)
(pop 1)
