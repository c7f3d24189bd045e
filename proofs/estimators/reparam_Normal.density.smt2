; certjax: rule estimators.reparam_Normal, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!15 () Real)
(declare-fun log!19 () Real)
(declare-fun z () Real)
(declare-fun loc () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x152 (/ 1.0 scale)))
 (let ((?x154 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x155 (* ?x154 exp!5)))
 (let ((?x156 (* ?x155 ?x152)))
 (let ((?x151 (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5)))
 (or (and (distinct ?x151 ?x156) true))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!15 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!15 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!19 (/ log!15 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!15 2.0) log!19) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!19 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!19)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!15 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x67 (/ (* z z) ?x65)))
 (let ((?x68 (/ ?x67 2.0)))
 (= (< ?x68 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x67 (/ (* z z) ?x65)))
 (let ((?x68 (/ ?x67 2.0)))
 (let ((?x28 (/ log!15 2.0)))
 (= (< ?x28 ?x68) (< exp!1 exp!3)))))))
(assert
 (= (< (/ (/ (* z z) (* scale scale)) 2.0) log!19) (< exp!3 exp!2)))
(assert
 (= (< log!19 (/ (/ (* z z) (* scale scale)) 2.0)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (/ (* z z) (* scale scale)) 2.0) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (/ (* z z) (* scale scale)) 2.0))))
(assert
 (let ((?x28 (/ log!15 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x90 (/ (* loc loc) ?x65)))
 (let ((?x91 (/ ?x90 2.0)))
 (= (< ?x91 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x90 (/ (* loc loc) ?x65)))
 (let ((?x91 (/ ?x90 2.0)))
 (let ((?x28 (/ log!15 2.0)))
 (= (< ?x28 ?x91) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!19) (< exp!4 exp!2)))
(assert
 (= (< log!19 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x67 (/ (* z z) ?x65)))
 (let ((?x68 (/ ?x67 2.0)))
 (let ((?x90 (/ (* loc loc) ?x65)))
 (let ((?x91 (/ ?x90 2.0)))
 (= (< ?x91 ?x68) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x90 (/ (* loc loc) ?x65)))
 (let ((?x91 (/ ?x90 2.0)))
 (let ((?x67 (/ (* z z) ?x65)))
 (let ((?x68 (/ ?x67 2.0)))
 (= (< ?x68 ?x91) (< exp!3 exp!4))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc z) (* scale scale)) (/ log!15 2.0)) (< exp!5 exp!1)))
(assert
 (= (< (/ log!15 2.0) (/ (* loc z) (* scale scale))) (< exp!1 exp!5)))
(assert
 (= (< (/ (* loc z) (* scale scale)) log!19) (< exp!5 exp!2)))
(assert
 (= (< log!19 (/ (* loc z) (* scale scale))) (< exp!2 exp!5)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x67 (/ (* z z) ?x65)))
 (let ((?x68 (/ ?x67 2.0)))
 (let ((?x119 (/ (* loc z) ?x65)))
 (= (< ?x119 ?x68) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x119 (/ (* loc z) ?x65)))
 (let ((?x67 (/ (* z z) ?x65)))
 (let ((?x68 (/ ?x67 2.0)))
 (= (< ?x68 ?x119) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x90 (/ (* loc loc) ?x65)))
 (let ((?x91 (/ ?x90 2.0)))
 (let ((?x119 (/ (* loc z) ?x65)))
 (= (< ?x119 ?x91) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x119 (/ (* loc z) ?x65)))
 (let ((?x90 (/ (* loc loc) ?x65)))
 (let ((?x91 (/ ?x90 2.0)))
 (= (< ?x91 ?x119) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
