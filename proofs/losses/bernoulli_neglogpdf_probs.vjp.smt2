; certjax: rule losses.bernoulli_neglogpdf_probs, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun p () Real)
(declare-fun z () Real)
(declare-fun log!10 () Real)
(declare-fun log!3 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 (let (($x27 (> 1.0 p)))
 (let (($x15 (< 0.0 p)))
 (and $x15 $x27))))
(assert
 (< 0.0 p))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (< 0.0 ?x29))))
(assert
 (let (($x49 (= 0.0 p)))
 (not $x49)))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x6 (= 0.0 ?x29)))
 (not $x6)))))
(assert
 (let (($x49 (= 0.0 p)))
 (not $x49)))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x6 (= 0.0 ?x29)))
 (not $x6)))))
(assert
 (< 0.0 p))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (< 0.0 ?x29))))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x47 (* p ?x29)))
 (let (($x13 (= 0.0 ?x47)))
 (not $x13))))))
(assert
 (let (($x49 (= 0.0 p)))
 (not $x49)))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x6 (= 0.0 ?x29)))
 (not $x6)))))
(assert
 (let (($x49 (= 0.0 p)))
 (not $x49)))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x6 (= 0.0 ?x29)))
 (not $x6)))))
(assert
 (let ((?x28 (- p)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x91 (/ 0.0 ?x29)))
 (let ((?x9 (- z)))
 (let ((?x86 (+ 1.0 ?x9)))
 (let ((?x92 (* ?x86 ?x91)))
 (let ((?x88 (- log!10)))
 (let ((?x60 (+ ?x88 ?x92)))
 (let ((?x71 (/ 0.0 p)))
 (let ((?x87 (* z ?x71)))
 (let ((?x80 (+ log!3 ?x87)))
 (let ((?x58 (+ ?x80 ?x60)))
 (let ((?x67 (- ?x58)))
 (let ((?x52 (* g ?x67)))
 (let ((?x77 (- log!3)))
 (let ((?x78 (+ log!10 ?x77)))
 (let ((?x70 (* g ?x78)))
 (let ((?x69 (/ (- 1.0) ?x29)))
 (let ((?x81 (* ?x86 ?x69)))
 (let ((?x85 (* log!10 0.0)))
 (let ((?x79 (+ ?x85 ?x81)))
 (let ((?x34 (/ 1.0 p)))
 (let ((?x35 (* z ?x34)))
 (let ((?x33 (* log!3 0.0)))
 (let ((?x36 (+ ?x33 ?x35)))
 (let ((?x82 (+ ?x36 ?x79)))
 (let ((?x83 (- ?x82)))
 (let ((?x75 (* g ?x83)))
 (let ((?x47 (* p ?x29)))
 (let ((?x10 (+ p ?x9)))
 (let ((?x30 (* g ?x10)))
 (let ((?x16 (/ ?x30 ?x47)))
 (or (and (distinct ?x16 ?x75) true) (and (distinct ?x70 ?x52) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (let (($x31 (= exp!1 p)))
 (=> (> p 0.0) $x31)))
(assert
 (= (< log!10 log!3) (< exp!2 exp!1)))
(assert
 (= (< log!3 log!10) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!10 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!10)))
(assert
 (=> (> (+ 1.0 (- p)) 0.0) (= exp!2 (+ 1.0 (- p)))))
(check-sat)
(pop 1)
